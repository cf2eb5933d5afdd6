1:"$Sreact.fragment"
2:"/_next/static/chunks/1z8dj1ts15kpk.js"
3:"/_next/static/chunks/3qgu596piljpi.js"
4:I[7152,["$2","$3"],"WalletProvider"]
5:I[22016,["$2","$3"],""]
6:I[26149,["$2","$3"],"WalletButton"]
7:I[39756,["$2","$3"],"default"]
8:"/_next/static/chunks/08aatiu8_-t41.js"
9:I[8821,["$2","$3","$8"],"default"]
a:I[37457,["$2","$3"],"default"]
e:I[97367,["$2","$3"],"OutletBoundary"]
f:"$Sreact.suspense"
11:"ViewportBoundary"
12:I[97367,["$2","$3"],"$11"]
14:"MetadataBoundary"
15:I[97367,["$2","$3"],"$14"]
17:I[68027,["$2","$3"],"default",1]
:HL["/_next/static/chunks/01sr8rjjraloj.css","style"]
c:X
d:[["children",{"s":"__PAGE__","h":512,"d":{"r":["$","$1","c",{"children":[[["$","h1",null,{"children":"Not found"}],["$","p",null,{"className":"lead","children":"There is no page at this address."}],["$","div",null,{"className":"actions","children":[["$","$L5",null,{"href":"/","className":"button primary","children":"Home"}],["$","$L5",null,{"href":"/status","className":"button","children":"System status"}]]}]],null,["$","$Le",null,{"children":["$","$f",null,{"name":"Next.MetadataOutlet","children":"$@10"}]}]]}],"p":false,"v":null}}]]
b:[["children",{"s":"/_not-found","h":512,"d":{"r":["$","$1","c",{"children":[null,["$","$L7",null,{"parallelRouterKey":"children","error":"$undefined","errorStyles":"$undefined","errorScripts":"$undefined","template":["$","$La",null,{}],"templateStyles":"$undefined","templateScripts":"$undefined","notFound":"$undefined","forbidden":"$undefined","unauthorized":"$undefined"}]]}],"p":false,"v":"$c"},"c":"$Qd"}]]
0:{"P":null,"c":["","_not-found"],"q":"","i":false,"t":{"t":{"s":"","h":528,"d":{"r":["$","$1","c",{"children":[[["$","link","0",{"rel":"stylesheet","href":"/_next/static/chunks/01sr8rjjraloj.css","precedence":"next","crossOrigin":"$undefined","nonce":"$undefined"}],["$","script","script-0",{"src":"/_next/static/chunks/1z8dj1ts15kpk.js","async":true,"nonce":"$undefined"}],["$","script","script-1",{"src":"/_next/static/chunks/3qgu596piljpi.js","async":true,"nonce":"$undefined"}]],["$","html",null,{"lang":"en","children":["$","body",null,{"children":["$","$L4",null,{"children":[["$","header",null,{"className":"site-header","children":["$","div",null,{"className":"container","children":[["$","$L5",null,{"href":"/","className":"brand","children":"Colophon"}],["$","nav",null,{"className":"site-nav","aria-label":"Main","children":[["$","$L5",null,{"href":"/status","children":"Status"}],["$","$L6",null,{}]]}]]}]}],["$","main",null,{"children":["$","div",null,{"className":"container","children":["$","$L7",null,{"parallelRouterKey":"children","error":"$9","errorStyles":[],"errorScripts":[["$","script","script-0",{"src":"/_next/static/chunks/08aatiu8_-t41.js","async":true,"nonce":"$undefined"}]],"template":["$","$La",null,{}],"templateStyles":"$undefined","templateScripts":"$undefined","notFound":[[["$","h1",null,{"children":"Not found"}],["$","p",null,{"className":"lead","children":"There is no page at this address."}],["$","div",null,{"className":"actions","children":[["$","$L5",null,{"href":"/","className":"button primary","children":"Home"}],["$","$L5",null,{"href":"/status","className":"button","children":"System status"}]]}]],[]],"forbidden":"$undefined","unauthorized":"$undefined"}]}]}],["$","footer",null,{"className":"site-footer","children":["$","div",null,{"className":"container","children":"Every work carries its colophon: who made it, with which model, and how it is shared."}]}]]}]}]}]]}],"p":false,"v":null},"c":"$Qb"},"h":{"r":["$","$1","h",{"children":[["$","meta",null,{"name":"robots","content":"noindex"}],["$","$L12",null,{"children":"$L13"}],["$","$L15",null,{"children":[["$","div",null,{"hidden":true,"children":["$","$f",null,{"name":"Next.Metadata","children":"$L16"}]}],null]}],null]}],"p":false,"v":null}},"m":"$undefined","G":["$17",[["$","link","0",{"rel":"stylesheet","href":"/_next/static/chunks/01sr8rjjraloj.css","precedence":"next","crossOrigin":"$undefined","nonce":"$undefined"}]]],"S":true,"r":"$undefined","s":"$undefined","a":"$undefined","l":"$undefined","p":"$undefined","d":"$undefined","b":"8_GuNuy08eAoqNc-S-nWW"}
c:C
13:[["$","meta","0",{"charSet":"utf-8"}],["$","meta","1",{"name":"viewport","content":"width=device-width, initial-scale=1"}]]
10:null
16:[["$","title","0",{"children":"Colophon"}],["$","meta","1",{"name":"description","content":"AI artworks with a signed record of model, trainer, prompt and human contributor, and an on-chain token that fixes ownership and royalty splits."}]]
