module.exports=[5206,s=>{"use strict";s.s([])}];

//# sourceMappingURL=_next-internal_server_app_api_auth_nonce_route_actions_0hj51r7njh6ba.js.map