module.exports=[46830,s=>{"use strict";s.s([])}];

//# sourceMappingURL=_next-internal_server_app_api_records_route_actions_1il6m4vpr7j7w.js.map