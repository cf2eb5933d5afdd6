import type { ModelSignature } from "./model-signature";
import { onnx, type OnnxModelProto, type OnnxNodeProto, type OnnxTensorProto } from "./onnx-graph";
import { int64ToNumber } from "./read-onnx-model";

/**
 * Counts floating-point operations of one run of an ONNX graph, from the graph alone, by
 * propagating shapes from the given input shapes through the nodes.
 *
 * Conventions (a multiply-add is 2 FLOPs; a transcendental function counts as 1):
 * - MatMul: 2*M*K*N per batch; Gemm: 2*M*K*N (+ M*N with a C input).
 * - Conv: 2 * N * Cout * Hout * Wout * (Cin/group) * kh * kw (+ N*Cout*Hout*Wout with a
 *   bias); ConvTranspose: 2 * N * Cin * Hin * Win * (Cout/group) * kh * kw.
 * - Elementwise unary and binary ops (Add, Mul, Tanh, Sin, Exp, Relu, Clip, Floor...):
 *   1 per output element. Softmax: 5 per element (max, subtract, exp, sum, divide).
 *   InstanceNormalization and LayerNormalization: 7 per element; BatchNormalization 2.
 *   ReduceSum/ReduceMean: 1 per input element. Resize/Upsample: 0 (nearest) or 4 per output
 *   element (linear).
 * - Shape and data-movement ops (Reshape, Transpose, Concat, Pad, Slice, Identity, Cast...):
 *   0.
 * Operators it cannot count (unknown op, or a shape it could not infer) are listed in
 * `uncounted`, so a total is never silently short.
 */
export interface FlopCount {
  total: number;
  byOperator: Record<string, number>;
  uncounted: string[];
}

type Shape = number[];

const UNARY = new Set([
  "Relu", "Tanh", "Sigmoid", "Sin", "Cos", "Exp", "Log", "Neg", "Abs", "Floor", "Ceil", "Sqrt", "Reciprocal", "Erf",
  "LeakyRelu", "Elu", "Selu", "Softplus", "HardSigmoid", "HardSwish", "Clip", "Round", "Sign", "PRelu",
]);
const BINARY = new Set(["Add", "Sub", "Mul", "Div", "Pow", "Max", "Min", "Sum", "Mean", "Equal", "Less", "Greater", "Where", "And", "Or"]);
const FREE_SAME_SHAPE = new Set(["Identity", "Cast", "Dropout"]);

const numel = (shape: Shape): number => shape.reduce((product, dim) => product * dim, 1);

function broadcast(shapes: Shape[]): Shape | undefined {
  const rank = Math.max(...shapes.map((shape) => shape.length));
  const result: Shape = [];
  for (let axis = 0; axis < rank; axis += 1) {
    let dim = 1;
    for (const shape of shapes) {
      const value = shape[shape.length - rank + axis] ?? 1;
      if (value !== 1) {
        if (dim !== 1 && dim !== value) return undefined;
        dim = value;
      }
    }
    result.push(dim);
  }
  return result;
}

function tensorValues(tensor: OnnxTensorProto): number[] | undefined {
  const count = numel((tensor.dims ?? []).map(int64ToNumber));
  if (count > 64) return undefined;
  if (tensor.dataType === 7) {
    if (tensor.rawData && tensor.rawData.length > 0) {
      const view = new DataView(tensor.rawData.buffer, tensor.rawData.byteOffset, tensor.rawData.byteLength);
      return Array.from({ length: count }, (_, index) => Number(view.getBigInt64(index * 8, true)));
    }
    return (tensor.int64Data ?? []).map(int64ToNumber);
  }
  if (tensor.dataType === 1) {
    if (tensor.rawData && tensor.rawData.length > 0) {
      const view = new DataView(tensor.rawData.buffer, tensor.rawData.byteOffset, tensor.rawData.byteLength);
      return Array.from({ length: count }, (_, index) => view.getFloat32(index * 4, true));
    }
    return [...(tensor.floatData ?? [])];
  }
  return undefined;
}

function attributeOf(node: OnnxNodeProto, name: string) {
  return (node.attribute ?? []).find((attribute) => attribute.name === name);
}
const intsOf = (node: OnnxNodeProto, name: string): number[] | undefined => attributeOf(node, name)?.ints?.map(int64ToNumber);
const intOf = (node: OnnxNodeProto, name: string, fallback: number): number => {
  const attribute = attributeOf(node, name);
  return attribute?.i !== undefined && attribute.i !== null ? int64ToNumber(attribute.i) : fallback;
};
const stringOf = (node: OnnxNodeProto, name: string): string | undefined => {
  const value = attributeOf(node, name)?.s;
  return value && value.length > 0 ? new TextDecoder().decode(value) : undefined;
};

/** Output spatial size of a convolution along one axis. */
function convOutput(size: number, kernel: number, stride: number, dilation: number, padBegin: number, padEnd: number, autoPad: string | undefined): number {
  if (autoPad === "SAME_UPPER" || autoPad === "SAME_LOWER") return Math.ceil(size / stride);
  if (autoPad === "VALID") return Math.floor((size - ((kernel - 1) * dilation + 1)) / stride) + 1;
  return Math.floor((size + padBegin + padEnd - ((kernel - 1) * dilation + 1)) / stride) + 1;
}

/** Counts FLOPs of one run of `model` with the given input shapes (see {@link FlopCount}). */
export function countFlops(model: Uint8Array | OnnxModelProto, inputShapes: Record<string, readonly number[]>): FlopCount {
  const proto = model instanceof Uint8Array ? onnx.ModelProto.decode(model) : model;
  const graph = proto.graph ?? {};
  const shapes = new Map<string, Shape>();
  const values = new Map<string, number[]>();
  for (const tensor of graph.initializer ?? []) {
    shapes.set(tensor.name ?? "", (tensor.dims ?? []).map(int64ToNumber));
    const tensorValue = tensorValues(tensor);
    if (tensorValue) values.set(tensor.name ?? "", tensorValue);
  }
  for (const [name, shape] of Object.entries(inputShapes)) shapes.set(name, [...shape]);

  const byOperator: Record<string, number> = {};
  const uncounted: string[] = [];
  const add = (op: string, flops: number) => {
    byOperator[op] = (byOperator[op] ?? 0) + flops;
  };

  for (const node of graph.node ?? []) {
    const op = node.opType ?? "";
    const inputs = (node.input ?? []).map((name) => (name === "" ? undefined : shapes.get(name)));
    const present = (node.input ?? []).filter((name) => name !== "");
    const output = node.output?.[0] ?? "";
    const set = (shape: Shape | undefined) => {
      if (shape) shapes.set(output, shape);
    };
    const known = present.every((name) => shapes.has(name));
    if (op === "Constant") {
      const tensor = attributeOf(node, "value")?.t;
      if (tensor) {
        set((tensor.dims ?? []).map(int64ToNumber));
        const tensorValue = tensorValues(tensor);
        if (tensorValue) values.set(output, tensorValue);
      }
      continue;
    }
    if (!known) {
      uncounted.push(`${op} (input shape unknown)`);
      continue;
    }
    const first = inputs[0]!;
    if (UNARY.has(op)) {
      set(first);
      add(op, numel(first));
    } else if (FREE_SAME_SHAPE.has(op)) {
      set(first);
    } else if (BINARY.has(op)) {
      const result = broadcast(inputs.filter((shape): shape is Shape => shape !== undefined));
      if (!result) {
        uncounted.push(`${op} (shapes do not broadcast)`);
        continue;
      }
      set(result);
      add(op, numel(result) * (op === "Sum" || op === "Mean" ? Math.max(1, present.length - 1) : 1));
    } else if (op === "MatMul") {
      const [a, b] = [first.length === 1 ? [1, first[0]!] : first, inputs[1]!.length === 1 ? [inputs[1]![0]!, 1] : inputs[1]!];
      const m = a[a.length - 2]!;
      const k = a[a.length - 1]!;
      const n = b[b.length - 1]!;
      const batch = broadcast([a.slice(0, -2), b.slice(0, -2)]) ?? [];
      set([...batch, m, n]);
      add(op, 2 * numel(batch) * m * k * n);
    } else if (op === "Gemm") {
      const a = intOf(node, "transA", 0) ? [first[1]!, first[0]!] : first;
      const b = intOf(node, "transB", 0) ? [inputs[1]![1]!, inputs[1]![0]!] : inputs[1]!;
      set([a[0]!, b[1]!]);
      add(op, 2 * a[0]! * a[1]! * b[1]! + (present.length > 2 ? a[0]! * b[1]! : 0));
    } else if (op === "Conv" || op === "ConvTranspose") {
      const weights = inputs[1]!;
      const group = intOf(node, "group", 1);
      const spatial = first.length - 2;
      const kernel = intsOf(node, "kernel_shape") ?? weights.slice(2);
      const strides = intsOf(node, "strides") ?? Array(spatial).fill(1);
      const dilations = intsOf(node, "dilations") ?? Array(spatial).fill(1);
      const pads = intsOf(node, "pads") ?? Array(spatial * 2).fill(0);
      const autoPad = stringOf(node, "auto_pad");
      if (op === "Conv") {
        const outSpatial = first.slice(2).map((size, axis) => convOutput(size, kernel[axis]!, strides[axis]!, dilations[axis]!, pads[axis]!, pads[axis + spatial]!, autoPad));
        const outShape = [first[0]!, weights[0]!, ...outSpatial];
        set(outShape);
        add(op, 2 * numel(outShape) * (first[1]! / group) * numel(kernel) + (present.length > 2 ? numel(outShape) : 0));
      } else {
        const outputPadding = intsOf(node, "output_padding") ?? Array(spatial).fill(0);
        const outSpatial = first.slice(2).map((size, axis) => (size - 1) * strides[axis]! - pads[axis]! - pads[axis + spatial]! + ((kernel[axis]! - 1) * dilations[axis]! + 1) + outputPadding[axis]!);
        const outShape = [first[0]!, weights[1]! * group, ...outSpatial];
        set(outShape);
        add(op, 2 * numel(first) * (weights[1]!) * numel(kernel) + (present.length > 2 ? numel(outShape) : 0));
      }
    } else if (op === "Softmax" || op === "LogSoftmax") {
      set(first);
      add(op, 5 * numel(first));
    } else if (op === "InstanceNormalization" || op === "LayerNormalization") {
      set(first);
      add(op, 7 * numel(first));
    } else if (op === "BatchNormalization") {
      set(first);
      add(op, 2 * numel(first));
    } else if (op === "ReduceSum" || op === "ReduceMean") {
      const axes = intsOf(node, "axes") ?? (present[1] ? values.get(present[1]) : undefined) ?? first.map((_, axis) => axis);
      const keep = intOf(node, "keepdims", 1);
      const normalised = axes.map((axis) => (axis < 0 ? axis + first.length : axis));
      set(keep ? first.map((dim, axis) => (normalised.includes(axis) ? 1 : dim)) : first.filter((_, axis) => !normalised.includes(axis)));
      add(op, numel(first));
    } else if (op === "Pad") {
      const pads = intsOf(node, "pads") ?? (present[1] ? values.get(present[1]) : undefined);
      if (!pads) {
        uncounted.push(`${op} (pads not constant)`);
        continue;
      }
      set(first.map((dim, axis) => dim + pads[axis]! + pads[axis + first.length]!));
    } else if (op === "Upsample" || op === "Resize") {
      const scalesName = op === "Upsample" ? present[1] : present[2];
      const sizesName = op === "Resize" ? present[3] : undefined;
      const scales = (scalesName ? values.get(scalesName) : undefined) ?? [];
      const sizes = sizesName ? values.get(sizesName) : undefined;
      const attributeScales = attributeOf(node, "scales")?.floats;
      const outShape = sizes && sizes.length === first.length
        ? sizes
        : scales.length === first.length
          ? first.map((dim, axis) => Math.floor(dim * scales[axis]!))
          : attributeScales && attributeScales.length === first.length
            ? first.map((dim, axis) => Math.floor(dim * attributeScales[axis]!))
            : undefined;
      if (!outShape) {
        uncounted.push(`${op} (scales not constant)`);
        continue;
      }
      set(outShape);
      add(op, (stringOf(node, "mode") ?? "nearest") === "nearest" ? 0 : 4 * numel(outShape));
    } else if (op === "Reshape") {
      const target = present[1] ? values.get(present[1]) : undefined;
      if (!target) {
        uncounted.push(`${op} (shape not constant)`);
        continue;
      }
      const fixed = target.map((dim, axis) => (dim === 0 ? first[axis]! : dim));
      const inferred = fixed.includes(-1) ? numel(first) / -numel(fixed) : 0;
      set(fixed.map((dim) => (dim === -1 ? inferred : dim)));
    } else if (op === "Transpose") {
      const perm = intsOf(node, "perm") ?? first.map((_, axis) => first.length - 1 - axis);
      set(perm.map((axis) => first[axis]!));
    } else if (op === "Flatten") {
      const axis = intOf(node, "axis", 1);
      set([numel(first.slice(0, axis)), numel(first.slice(axis))]);
    } else if (op === "Concat") {
      const axis = intOf(node, "axis", 0);
      const normalised = axis < 0 ? axis + first.length : axis;
      set(first.map((dim, index) => (index === normalised ? inputs.reduce((sum, shape) => sum + (shape?.[index] ?? 0), 0) : dim)));
    } else {
      uncounted.push(op);
    }
  }
  const total = Object.values(byOperator).reduce((sum, flops) => sum + flops, 0);
  return { total, byOperator, uncounted };
}

/** Input shapes of one whole-image run of a model of this signature at width x height. */
export function imageInputShapes(signature: ModelSignature, width: number, height: number): Record<string, number[]> {
  if (signature.kind === "cppn") {
    return { [signature.coordsInput]: [width * height, 3], [signature.latentInput]: [1, signature.latentSize] };
  }
  return { [signature.input]: [1, 3, height, width] };
}
