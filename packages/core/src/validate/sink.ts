import type { Issue } from "./issues";
import type { IssueSink } from "./schema-check";

/** The most issues one validation reports; past that, one closing issue says how many were left out. */
export const MAX_ISSUES = 1000;

/** An issue collector that stops growing at {@link MAX_ISSUES}, so hostile input stays bounded. */
export class BoundedIssueList implements IssueSink {
  readonly issues: Issue[] = [];
  private dropped = 0;

  constructor(private readonly limit = MAX_ISSUES) {}

  /** True once the list holds {@link MAX_ISSUES} issues; later ones are only counted. */
  get full(): boolean {
    return this.issues.length >= this.limit;
  }

  add(issue: Issue): void {
    if (this.issues.length < this.limit) this.issues.push(issue);
    else this.dropped++;
  }

  /** The collected issues, with a final `too-many-issues` entry when some were left out. */
  finish(): Issue[] {
    if (this.dropped === 0) return this.issues;
    return [
      ...this.issues,
      {
        severity: "error",
        kind: "too-many-issues",
        path: "",
        message: `${this.dropped} more problems were found and not listed`,
        details: { dropped: this.dropped },
      },
    ];
  }
}
