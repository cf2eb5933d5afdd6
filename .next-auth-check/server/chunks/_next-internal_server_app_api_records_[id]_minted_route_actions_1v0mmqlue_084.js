module.exports=[70176,s=>{"use strict";s.s([])}];

//# sourceMappingURL=_next-internal_server_app_api_records_%5Bid%5D_minted_route_actions_1v0mmqlue_084.js.map