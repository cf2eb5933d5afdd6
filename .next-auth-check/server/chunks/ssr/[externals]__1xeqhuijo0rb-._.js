module.exports=[49719,(a,b,c)=>{b.exports=a.x("assert",()=>require("assert"))},874,(a,b,c)=>{b.exports=a.x("buffer",()=>require("buffer"))},96116,(a,b,c)=>{b.exports=a.x("onnxruntime-node-439352bfaa39ddc3",()=>require("onnxruntime-node-439352bfaa39ddc3"))},88947,(a,b,c)=>{b.exports=a.x("stream",()=>require("stream"))}];

//# sourceMappingURL=%5Bexternals%5D__1xeqhuijo0rb-._.js.map