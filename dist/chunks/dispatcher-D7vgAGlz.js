import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import { T as getDefaultExportFromCjs, V as requireDispatcher } from './proxy-env-y_bvKvpE.js';

function _mergeNamespaces(n, m) {
	m.forEach(function (e) {
		e && typeof e !== 'string' && !Array.isArray(e) && Object.keys(e).forEach(function (k) {
			if (k !== 'default' && !(k in n)) {
				var d = Object.getOwnPropertyDescriptor(e, k);
				Object.defineProperty(n, k, d.get ? d : {
					enumerable: true,
					get: function () { return e[k]; }
				});
			}
		});
	});
	return Object.freeze(n);
}

var dispatcherExports = requireDispatcher();
var dispatcher = /*@__PURE__*/getDefaultExportFromCjs(dispatcherExports);

var dispatcher$1 = /*#__PURE__*/_mergeNamespaces({
	__proto__: null,
	default: dispatcher
}, [dispatcherExports]);

export { dispatcher$1 as d };
