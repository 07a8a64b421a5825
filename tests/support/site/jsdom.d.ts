// The one part of jsdom's API the site tests use (jsdom ships no types, and @types/jsdom trails its versions).
declare module 'jsdom' {
  export class JSDOM {
    constructor(html: string)
    readonly window: { readonly document: Document }
  }
}
