import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import { createRequire } from 'node:module';

const m = createRequire(import.meta.url)("node:v8");
const exportOf = (key) => m[key];
const setFlagsFromString = /*#__PURE__*/ exportOf("setFlagsFromString");

/**
 * Setting V8 flags at run time (node:v8 setFlagsFromString), for the few this program tunes (http.ts, heap-tuning.ts).
 * V8 prints an error line for a flag it does not know, so flags are set only on the V8 majors checked to have
 * them: 11 (Node 20) to 13 (Node 24), and 14; on another V8 the process is left as it is.
 */
function setKnownV8Flags(flags) {
    const major = Number(process.versions.v8.split('.')[0]);
    if (major >= 11 && major <= 14)
        setFlagsFromString(flags);
}

export { setKnownV8Flags as s };
