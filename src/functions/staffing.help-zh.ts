/** zh-CN descriptions of the staffing custom functions; the parameter help is derived from their declarations in staffing.ts. */
import { helpTable } from "./localized-help";
import { FUNCTION_PARAMS } from "./staffing";

export const STAFFING_HELP_ZH = helpTable(FUNCTION_PARAMS, {
  TRAFFIC: "话务量（爱尔兰）= 进线量 × 平均处理时长 ÷ 时段长度，即需要一直在忙的客服人数。",
  AGENTS: "达到服务水平所需客服数（Erlang C）：target_sl 比例的咨询在 answer_time 秒内接起，并满足最高占用率；填写损耗率时返回排班人数 ceil(人数 ÷ (1 − 损耗率))。空时段为 0。",
  SERVICELEVEL: "给定人数下的服务水平（Erlang C）：在 answer_time 秒内接起的咨询占比；人数不足以承接话务量时为 0。",
  ASA: "给定人数下的平均应答速度（Erlang C）：全部咨询的平均等待秒数；人数不足以承接话务量时返回 #NUM!。",
  OCCUPANCY: "给定人数下的占用率：话务量 ÷ 人数，最高为 1。",
  PWAIT: "给定人数下咨询需要排队的概率（Erlang C）；人数不足以承接话务量时为 1。",
  ERLANGB: "Erlang B：无排队时所有服务台都忙、咨询被拒的概率。",
  ERLANGC: "Erlang C：由服务台数和话务量（爱尔兰）计算咨询需要排队的概率（服务台数 ≤ 话务量时为 1）。",
  AGENTSA: "考虑客户放弃的所需客服数（Erlang A）：全部咨询中在 answer_time 秒内接起的比例达到 target_sl（放弃的咨询算作未达标），且放弃率不超过 max_abandon。结果可能低于话务量。",
  ABANDONRATE: "给定人数下未被接起就放弃的咨询占比（Erlang A）。",
  SERVICELEVELA: "给定人数下的服务水平（Erlang A）：全部咨询中在 answer_time 秒内接起的比例，放弃的咨询算作未接起。",
  ASAA: "给定人数下的平均应答速度（Erlang A）：全部咨询的平均排队秒数（放弃者按其已等待时长计入）。",
  CHATAGENTS: "在线咨询所需客服数（并发位模型）：每名客服同时接待 concurrency 个会话即算作同样多的服务台；按 Erlang C 求出所需会话位后除以并发数并向上取整。",
  CHATAGENTSF: "在线咨询所需客服数（效率系数模型，经验法则）：并发 K 个会话时效率为单会话的 f(K) 倍，按处理时长 ÷ f(K) 用 Erlang C 计算。默认 f(1..5) = 1、1.7、2.5、2.9、3.5。",
  CAPACITYAGENTS: "按产能经验公式计算客服数（不考虑排队）：ceil(进线量 × (1 − 自动化率) ÷ (每人每小时接待量 × 时段 ÷ 3600))；损耗率作用于取整前的工作量。",
  SCHEDULED: "考虑损耗后的排班人数：ceil(在线人数 ÷ (1 − 损耗率))，已处理浮点误差（21 ÷ 0.7 得 30 而非 31）。",
  FRACTIONALAGENTS: "小数客服数（用于多个队列相加）：在 AGENTS 的整数结果 N 与其下一级之间对服务水平线性插值，结果随目标平滑变化、大于话务量、向上取整等于 N。先按队列求和再向上取整。",
});
