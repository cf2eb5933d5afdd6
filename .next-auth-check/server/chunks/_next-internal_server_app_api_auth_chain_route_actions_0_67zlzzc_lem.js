module.exports=[81442,s=>{"use strict";s.s([])}];

//# sourceMappingURL=_next-internal_server_app_api_auth_chain_route_actions_0_67zlzzc_lem.js.map