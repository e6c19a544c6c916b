import pkg from "../../package.json";

/**
 * Rakit's version, from package.json (webpack keeps only this field of it in the bundle). Bantuan shows
 * it and the self-test report carries it.
 */
export const RAKIT_VERSION: string = pkg.version;
