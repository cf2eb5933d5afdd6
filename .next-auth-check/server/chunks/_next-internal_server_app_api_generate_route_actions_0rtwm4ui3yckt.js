module.exports=[86500,s=>{"use strict";s.s([])}];

//# sourceMappingURL=_next-internal_server_app_api_generate_route_actions_0rtwm4ui3yckt.js.map