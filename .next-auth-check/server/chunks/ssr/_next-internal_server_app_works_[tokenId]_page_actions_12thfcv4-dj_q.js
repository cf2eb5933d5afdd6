module.exports=[3786,a=>{"use strict";a.s([])}];

//# sourceMappingURL=_next-internal_server_app_works_%5BtokenId%5D_page_actions_12thfcv4-dj_q.js.map