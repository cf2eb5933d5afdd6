module.exports=[98192,a=>{"use strict";a.s([])}];

//# sourceMappingURL=_next-internal_server_app_verify_page_actions_1nl0axq04z7n6.js.map