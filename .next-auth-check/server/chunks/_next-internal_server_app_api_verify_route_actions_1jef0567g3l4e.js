module.exports=[40583,s=>{"use strict";s.s([])}];

//# sourceMappingURL=_next-internal_server_app_api_verify_route_actions_1jef0567g3l4e.js.map