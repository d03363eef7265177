import type { Lang } from "@kommunkompassen/react/internal";
import type { LoadFailure } from "./load";

/** The short message the element shows when it cannot show the profile. */
export function failureMessage(
  failure: LoadFailure | { reason: "invalid-evaluation"; detail: string } | { reason: "needs-compare" },
  lang: Lang,
): string {
  const sv = lang === "sv";
  const prefix = sv ? "Kommunkompassens profil kan inte visas: " : "The Kommunkompassen profile cannot be shown: ";
  switch (failure.reason) {
    case "missing":
      return prefix + (sv ? "inga uppgifter angavs." : "no data was given.");
    case "cross-origin":
      return prefix + (sv ? "uppgifterna måste ligga på samma webbplats." : "the data must be on the same website.");
    case "http":
      return (
        prefix +
        (sv
          ? `uppgifterna kunde inte hämtas (fel ${failure.status}).`
          : `the data could not be loaded (error ${failure.status}).`)
      );
    case "network":
      return prefix + (sv ? "uppgifterna kunde inte hämtas." : "the data could not be loaded.");
    case "timeout":
      return prefix + (sv ? "det tog för lång tid att hämta uppgifterna." : "loading the data took too long.");
    case "too-large":
      return prefix + (sv ? "filen med uppgifterna är för stor." : "the data file is too large.");
    case "invalid-json":
      return prefix + (sv ? "filen med uppgifterna är inte giltig JSON." : "the data file is not valid JSON.");
    case "invalid-evaluation":
      return (
        prefix + (sv ? `uppgifterna är felaktiga (${failure.detail}).` : `the data is invalid (${failure.detail}).`)
      );
    case "needs-compare":
      return (
        prefix +
        (sv
          ? "vyn ”deltas” behöver en tidigare utvärdering (compare)."
          : "the “deltas” view needs a previous evaluation (compare).")
      );
  }
}
