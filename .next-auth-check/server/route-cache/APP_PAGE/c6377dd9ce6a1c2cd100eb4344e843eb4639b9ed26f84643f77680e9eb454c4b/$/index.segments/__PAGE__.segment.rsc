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
12:"ViewportBoundary"
13:I[97367,["$2","$3"],"$12"]
14:"MetadataBoundary"
15:I[97367,["$2","$3"],"$14"]
:HL["/_next/static/chunks/01sr8rjjraloj.css","style"]
c:X
d:[["children",{"s":"__PAGE__","h":160,"d":{"r":["$","$1","c",{"children":[[["$","h1",null,{"children":"AI artworks that say how they were made"}],["$","p",null,{"className":"lead","children":"A colophon is the note at the end of a book that says who made it, with what press and which type. Colophon does that for AI artworks."}],["$","ul",null,{"className":"features","children":[["$","li",null,{"children":[["$","h3",null,{"children":"A signed record"}],["$","p",null,{"className":"muted","children":"Every work carries the model, its trainer, the prompt and seed, and the human contributor, signed by the server that ran the model and co-signed by the contributor."}]]}],["$","li",null,{"children":[["$","h3",null,{"children":"A token on-chain"}],["$","p",null,{"className":"muted","children":"An ERC-721 token fixes the content hash, the record hash and who shares in royalties, by role, on every resale."}]]}],["$","li",null,{"children":[["$","h3",null,{"children":"Checkable by anyone"}],["$","p",null,{"className":"muted","children":"Verify a piece from its image, token id or content hash with only a chain RPC URL and an IPFS gateway, without trusting this server."}]]}]]}],["$","div",null,{"className":"actions","children":[["$","$L5",null,{"href":"/status","className":"button primary","children":"System status"}],["$","a",null,{"href":"/api/health","className":"button","children":"Health API (JSON)"}]]}]],null,["$","$Le",null,{"children":["$","$f",null,{"name":"Next.MetadataOutlet","children":"$@10"}]}]]}],"p":"$@11","v":null,"s":"$c"}}]]
0:{"t":{"t":{"s":"","h":80,"d":{"r":["$","$1","c",{"children":[[["$","link","0",{"rel":"stylesheet","href":"/_next/static/chunks/01sr8rjjraloj.css","precedence":"next"}],["$","script","script-0",{"src":"/_next/static/chunks/1z8dj1ts15kpk.js","async":true}],["$","script","script-1",{"src":"/_next/static/chunks/3qgu596piljpi.js","async":true}]],["$","html",null,{"lang":"en","children":["$","body",null,{"children":["$","$L4",null,{"children":[["$","header",null,{"className":"site-header","children":["$","div",null,{"className":"container","children":[["$","$L5",null,{"href":"/","className":"brand","children":"Colophon"}],["$","nav",null,{"className":"site-nav","aria-label":"Main","children":[["$","$L5",null,{"href":"/status","children":"Status"}],["$","$L6",null,{}]]}]]}]}],["$","main",null,{"children":["$","div",null,{"className":"container","children":["$","$L7",null,{"parallelRouterKey":"children","error":"$9","errorStyles":[],"errorScripts":[["$","script","script-0",{"src":"/_next/static/chunks/08aatiu8_-t41.js","async":true}]],"template":["$","$La",null,{}],"notFound":[[["$","h1",null,{"children":"Not found"}],["$","p",null,{"className":"lead","children":"There is no page at this address."}],["$","div",null,{"className":"actions","children":[["$","$L5",null,{"href":"/","className":"button primary","children":"Home"}],["$","$L5",null,{"href":"/status","className":"button","children":"System status"}]]}]],[]]}]}]}],["$","footer",null,{"className":"site-footer","children":["$","div",null,{"className":"container","children":"Every work carries its colophon: who made it, with which model, and how it is shared."}]}]]}]}]}]]}],"p":"$@b","v":null,"s":"$c"},"c":"$Qd"},"h":{"r":["$","$1","h",{"children":[null,["$","$L13",null,{"children":[["$","meta","0",{"charSet":"utf-8"}],["$","meta","1",{"name":"viewport","content":"width=device-width, initial-scale=1"}]]}],["$","$L15",null,{"children":[["$","div",null,{"hidden":true,"children":["$","$f",null,{"name":"Next.Metadata","children":[["$","title","0",{"children":"Colophon"}],["$","meta","1",{"name":"description","content":"AI artworks with a signed record of model, trainer, prompt and human contributor, and an on-chain token that fixes ownership and royalty splits."}]]}]}],null]}],null]}],"p":"$@16","v":null,"s":"$c"}},"a":"$@17","u":"$@18","b":"8_GuNuy08eAoqNc-S-nWW"}
10:null
c:300
18:true
c:C
17:0
b:"$undefined"
16:"$undefined"
11:"$undefined"
