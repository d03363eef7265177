export type { Framework, FrameworkArea, FrameworkQuestion, FrameworkSource, LocalizedName, NameLang } from "./types";
export {
  kommunkompassen20,
  kommunkompassen21,
  kommunkompassen2020,
  kommunkompassenOriginal,
  kommunkompassenUnstated,
  builtInFrameworks,
  getFramework,
  getFrameworkArea,
  isBuiltInFramework,
  frameworkLabel,
  sameAreaSet,
  knownAreas,
  areasKnown,
  normalizeName,
  areaName,
} from "./definitions";
