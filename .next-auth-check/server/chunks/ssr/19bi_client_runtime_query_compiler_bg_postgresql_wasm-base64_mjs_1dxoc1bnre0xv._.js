module.exports=[6103,a=>a.a(async(b,c)=>{try{var d=await a.y("@prisma/client-2c3a283f134fdcb6/runtime/query_compiler_bg.postgresql.wasm-base64.mjs");a.n(d),c()}catch(a){c(a)}},!0)];

//# sourceMappingURL=19bi_client_runtime_query_compiler_bg_postgresql_wasm-base64_mjs_1dxoc1bnre0xv._.js.map