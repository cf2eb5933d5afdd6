module.exports=[92462,s=>{"use strict";s.s([])}];

//# sourceMappingURL=_next-internal_server_app_api_records_%5Bid%5D_sign_route_actions_0qor4lwlx2d19.js.map