module.exports=[63052,a=>{"use strict";a.s([])}];

//# sourceMappingURL=_next-internal_server_app_status_page_actions_0hgo4cy0blo2s.js.map