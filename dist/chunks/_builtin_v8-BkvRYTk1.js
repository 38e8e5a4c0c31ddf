import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import { createRequire } from 'node:module';

const m = createRequire(import.meta.url)("node:v8");
const exportOf = (key) => m[key];
const setFlagsFromString = /*#__PURE__*/ exportOf("setFlagsFromString");

export { setFlagsFromString as s };
