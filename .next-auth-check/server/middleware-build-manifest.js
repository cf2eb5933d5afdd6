globalThis.__BUILD_MANIFEST = {
  "pages": {
    "/_app": []
  },
  "devFiles": [],
  "polyfillFiles": [
    "static/chunks/0cz1d0mv5g_q7.js"
  ],
  "lowPriorityFiles": [
    "static/8_GuNuy08eAoqNc-S-nWW/_buildManifest.js",
    "static/8_GuNuy08eAoqNc-S-nWW/_ssgManifest.js",
    "static/8_GuNuy08eAoqNc-S-nWW/_clientMiddlewareManifest.js"
  ],
  "rootMainFiles": [
    "static/chunks/310vm2bl3xxpt.js",
    "static/chunks/1wnov70f88xjy.js",
    "static/chunks/35q52lg40ayb-.js",
    "static/chunks/0ywnw_7_4vay0.js",
    "static/chunks/turbopack-077hmtqrhcoji.js"
  ],
  "rootMainFilesTree": {},
  "pagesChunkGroupBootstrapParams": {
    "/page": {
      "otherChunks": [
        "static/chunks/310vm2bl3xxpt.js",
        "static/chunks/1wnov70f88xjy.js",
        "static/chunks/35q52lg40ayb-.js",
        "static/chunks/0ywnw_7_4vay0.js"
      ],
      "runtimeModuleIds": [
        94553
      ]
    },
    "/_not-found/page": {
      "otherChunks": [
        "static/chunks/310vm2bl3xxpt.js",
        "static/chunks/1wnov70f88xjy.js",
        "static/chunks/35q52lg40ayb-.js",
        "static/chunks/0ywnw_7_4vay0.js"
      ],
      "runtimeModuleIds": [
        94553
      ]
    },
    "/_global-error/page": {
      "otherChunks": [
        "static/chunks/310vm2bl3xxpt.js",
        "static/chunks/1wnov70f88xjy.js",
        "static/chunks/35q52lg40ayb-.js",
        "static/chunks/0ywnw_7_4vay0.js"
      ],
      "runtimeModuleIds": [
        94553
      ]
    },
    "/status/page": {
      "otherChunks": [
        "static/chunks/310vm2bl3xxpt.js",
        "static/chunks/1wnov70f88xjy.js",
        "static/chunks/35q52lg40ayb-.js",
        "static/chunks/0ywnw_7_4vay0.js"
      ],
      "runtimeModuleIds": [
        94553
      ]
    },
    "/verify/page": {
      "otherChunks": [
        "static/chunks/310vm2bl3xxpt.js",
        "static/chunks/1wnov70f88xjy.js",
        "static/chunks/35q52lg40ayb-.js",
        "static/chunks/0ywnw_7_4vay0.js"
      ],
      "runtimeModuleIds": [
        94553
      ]
    },
    "/works/[tokenId]/page": {
      "otherChunks": [
        "static/chunks/310vm2bl3xxpt.js",
        "static/chunks/1wnov70f88xjy.js",
        "static/chunks/35q52lg40ayb-.js",
        "static/chunks/0ywnw_7_4vay0.js"
      ],
      "runtimeModuleIds": [
        94553
      ]
    }
  },
  "chunkLoadingGlobal": "TURBOPACK"
};
