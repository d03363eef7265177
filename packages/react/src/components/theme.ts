/** Colour themes: `auto` follows `prefers-color-scheme`. */
export type Theme = "light" | "dark" | "auto";
