export * from "./calendar";
export { SAMPLE_CALENDAR } from "./sample-calendar";
export * from "./plan";
