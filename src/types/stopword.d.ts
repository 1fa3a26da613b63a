// The part of the stopword package the parser reads: its per-language word lists (the package ships no types).
declare module 'stopword' {
  export const afr: string[], ara: string[], bul: string[], cat: string[], ces: string[], dan: string[], deu: string[];
  export const ell: string[], eng: string[], est: string[], eus: string[], fas: string[], fin: string[], fra: string[];
  export const gle: string[], glg: string[], heb: string[], hin: string[], hrv: string[], hun: string[], hye: string[];
  export const ind: string[], ita: string[], kor: string[], lat: string[], lav: string[], lit: string[], msa: string[];
  export const nld: string[], nob: string[], pol: string[], por: string[], ron: string[], rus: string[], slk: string[];
  export const slv: string[], spa: string[], swa: string[], swe: string[], tgl: string[], tha: string[], tur: string[];
  export const ukr: string[], urd: string[], vie: string[];
}
