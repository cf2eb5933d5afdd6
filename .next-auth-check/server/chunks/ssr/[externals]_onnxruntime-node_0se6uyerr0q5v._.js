module.exports=[96116,(a,b,c)=>{b.exports=a.x("onnxruntime-node-439352bfaa39ddc3",()=>require("onnxruntime-node-439352bfaa39ddc3"))}];

//# sourceMappingURL=%5Bexternals%5D_onnxruntime-node_0se6uyerr0q5v._.js.map