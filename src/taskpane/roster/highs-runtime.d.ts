/** `highs/runtime` is the .wasm file; webpack's asset/resource rule turns the import into its URL. */
declare module "highs/runtime" {
  const url: string;
  export default url;
}
