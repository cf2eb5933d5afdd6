module.exports=[81927,s=>{"use strict";s.s([])}];

//# sourceMappingURL=_next-internal_server_app_api_generations_route_actions_0nf_tg0ypphnj.js.map