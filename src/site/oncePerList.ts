// A value derived from global data, computed once per build rather than once per page.
//
// Eleventy gives each page its own copy of the global data's objects but shares their arrays, so an array inside the
// data is the same object on every page of a build (and a new one after a rebuild reads the file again): that array is
// the key. Keying by the enclosing object misses every time; keying by its JSON text costs a serialisation per page.
export function oncePerList<L extends readonly unknown[], V>(compute: (list: L) => V): (list: L) => V {
  const computed = new WeakMap<L, V>();
  return (list) => {
    let value = computed.get(list);
    if (value === undefined) {
      value = compute(list);
      computed.set(list, value);
    }
    return value;
  };
}
