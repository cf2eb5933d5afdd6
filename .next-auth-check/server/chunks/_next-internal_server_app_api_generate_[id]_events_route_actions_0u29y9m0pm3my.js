module.exports=[64249,s=>{"use strict";s.s([])}];

//# sourceMappingURL=_next-internal_server_app_api_generate_%5Bid%5D_events_route_actions_0u29y9m0pm3my.js.map