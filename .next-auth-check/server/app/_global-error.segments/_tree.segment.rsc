1:[["children",{"s":"__PAGE__","h":176}]]
0:{"b":"8_GuNuy08eAoqNc-S-nWW","t":{"t":{"s":"","h":80,"c":"$Q1"}}}
