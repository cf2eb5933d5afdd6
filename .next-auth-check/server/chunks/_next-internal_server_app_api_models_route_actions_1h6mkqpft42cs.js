module.exports=[60824,s=>{"use strict";s.s([])}];

//# sourceMappingURL=_next-internal_server_app_api_models_route_actions_1h6mkqpft42cs.js.map