:HL["/_next/static/chunks/01sr8rjjraloj.css","style"]
1:[["children",{"s":"__PAGE__","h":160}]]
0:{"b":"8_GuNuy08eAoqNc-S-nWW","t":{"t":{"s":"","h":80,"c":"$Q1"}}}
