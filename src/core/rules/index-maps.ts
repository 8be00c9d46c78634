import type { CompiledIndex } from './compile';

/** The index's hash maps as Map objects, which look keys up a few times faster than records. */
export interface IndexMaps {
  domains: Map<string, number[]>;
  accounts: Map<string, Map<string, number[]>>;
  names: Map<string, number[]>;
  siteNames: Map<string, number[]>;
}

const loaded = new WeakMap<CompiledIndex, IndexMaps>();

/**
 * Maps for a compiled index, made once per index object (when the background first uses a
 * freshly compiled or stored index) and kept while it lives: one linear pass over its keys,
 * no compiling. Map keys also cannot collide with Object.prototype's ("__proto__").
 */
export function mapsOf(index: CompiledIndex): IndexMaps {
  let maps = loaded.get(index);
  if (maps === undefined) {
    maps = {
      domains: new Map(Object.entries(index.domains)),
      accounts: new Map(Object.entries(index.accounts).map(([host, paths]) => [host, new Map(Object.entries(paths))])),
      names: new Map(Object.entries(index.names)),
      siteNames: new Map(Object.entries(index.siteNames)),
    };
    loaded.set(index, maps);
  }
  return maps;
}
