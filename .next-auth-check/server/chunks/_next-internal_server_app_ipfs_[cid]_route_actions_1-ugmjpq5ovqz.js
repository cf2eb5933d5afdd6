module.exports=[89585,s=>{"use strict";s.s([])}];

//# sourceMappingURL=_next-internal_server_app_ipfs_%5Bcid%5D_route_actions_1-ugmjpq5ovqz.js.map