/**
 * The components' texts in English, built into kommunkompass-en.js: the element's script carries
 * the Swedish ones, and loads these for an element in English before it renders (the build takes
 * them out of the core's catalogue for the script: build-options.mjs, textsOnDemand).
 */
import { componentMessages, type ComponentMessages } from "@kommunkompassen/core/messages";
import { en } from "virtual:kk-component-messages-en";

// Into the catalogue that this module shares with kommunkompass.js (and the other modules loaded on
// demand); the classic script, which has a catalogue of its own, puts them into its own too.
Object.assign(componentMessages.en, en);

/** The texts, for the classic script's catalogue. */
export const english: ComponentMessages = en;
