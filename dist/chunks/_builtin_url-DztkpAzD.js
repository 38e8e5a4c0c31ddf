import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import { createRequire } from 'node:module';

const m = createRequire(import.meta.url)("node:url");
const exportOf = (key) => m[key];
const URL = /*#__PURE__*/ exportOf("URL");
const fileURLToPath = /*#__PURE__*/ exportOf("fileURLToPath");

export { URL as U, fileURLToPath as f };
