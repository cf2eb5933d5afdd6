module.exports=[6103,a=>a.a(async(e,r)=>{try{var s=await a.y("@prisma/client-2c3a283f134fdcb6/runtime/query_compiler_bg.postgresql.wasm-base64.mjs");a.n(s),r()}catch(a){r(a)}},!0)];

//# sourceMappingURL=19bi_client_runtime_query_compiler_bg_postgresql_wasm-base64_mjs_1dxoc1bnre0xv._.js.map