export type { Framework, FrameworkArea, FrameworkQuestion, LocalizedName } from "./types";
export {
  kommunkompassen20,
  kommunkompassen21,
  builtInFrameworks,
  getFramework,
  getFrameworkArea,
  normalizeName,
  areaName,
} from "./definitions";
