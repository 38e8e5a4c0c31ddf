import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import { createRequire } from 'node:module';

const m = createRequire(import.meta.url)("node:util");
const exportOf = (key) => m[key];
const inspect = /*#__PURE__*/ exportOf("inspect");
const promisify = /*#__PURE__*/ exportOf("promisify");
const parseArgs = /*#__PURE__*/ exportOf("parseArgs");

export { promisify as a, inspect as i, m, parseArgs as p };
