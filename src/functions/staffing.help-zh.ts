/** zh-CN help for the staffing custom functions (same ids and parameter names as the JSDoc in staffing.ts). */
import type { HelpTable } from "./localized-help";

const P = {
  volume: "时段内进线量（咨询数，≥ 0），可为单元格区域，例如一天的 10 分钟时段。",
  aht: "平均处理时长（秒，> 0）。",
  interval: "时段长度（秒，> 0），默认 600（10 分钟）。",
  target_sl: "服务水平目标，介于 0 和 1 之间（不含），如 0.8 表示 80%。",
  answer_time: "接起时限（秒，≥ 0），如 20。",
  agents: "在线客服人数（≥ 0 的整数）。",
  patience: "客户放弃前平均愿意等待的时长（秒，> 0）。",
  shrinkage: "损耗率（请假、休息、培训等不在线时间占比），0 到 1（不含 1），默认 0。",
  servers: "服务台（坐席）数（≥ 0 的整数）。",
  traffic: "话务量（爱尔兰，≥ 0）。",
} as const;

export const STAFFING_HELP_ZH: HelpTable = {
  TRAFFIC: {
    description: "话务量（爱尔兰）= 进线量 × 平均处理时长 ÷ 时段长度，即需要一直在忙的客服人数。",
    parameters: { volume: P.volume, aht: P.aht, interval: P.interval },
  },
  AGENTS: {
    description:
      "达到服务水平所需客服数（Erlang C）：target_sl 比例的咨询在 answer_time 秒内接起，并满足最高占用率；填写损耗率时返回排班人数 ceil(人数 ÷ (1 − 损耗率))。空时段为 0。",
    parameters: {
      volume: P.volume,
      aht: P.aht,
      target_sl: P.target_sl,
      answer_time: P.answer_time,
      interval: P.interval,
      max_occupancy: "最高占用率，大于 0 且不大于 1，默认 1（不限制）。",
      shrinkage: P.shrinkage,
    },
  },
  SERVICELEVEL: {
    description: "给定人数下的服务水平（Erlang C）：在 answer_time 秒内接起的咨询占比；人数不足以承接话务量时为 0。",
    parameters: { agents: P.agents, volume: P.volume, aht: P.aht, answer_time: P.answer_time, interval: P.interval },
  },
  ASA: {
    description: "给定人数下的平均应答速度（Erlang C）：全部咨询的平均等待秒数；人数不足以承接话务量时返回 #NUM!。",
    parameters: { agents: P.agents, volume: P.volume, aht: P.aht, interval: P.interval },
  },
  OCCUPANCY: {
    description: "给定人数下的占用率：话务量 ÷ 人数，最高为 1。",
    parameters: { agents: P.agents, volume: P.volume, aht: P.aht, interval: P.interval },
  },
  PWAIT: {
    description: "给定人数下咨询需要排队的概率（Erlang C）；人数不足以承接话务量时为 1。",
    parameters: { agents: P.agents, volume: P.volume, aht: P.aht, interval: P.interval },
  },
  ERLANGB: {
    description: "Erlang B：无排队时所有服务台都忙、咨询被拒的概率。",
    parameters: { servers: P.servers, traffic: P.traffic },
  },
  ERLANGC: {
    description: "Erlang C：由服务台数和话务量（爱尔兰）计算咨询需要排队的概率（服务台数 ≤ 话务量时为 1）。",
    parameters: { servers: P.servers, traffic: P.traffic },
  },
  AGENTSA: {
    description:
      "考虑客户放弃的所需客服数（Erlang A）：全部咨询中在 answer_time 秒内接起的比例达到 target_sl（放弃的咨询算作未达标），且放弃率不超过 max_abandon。结果可能低于话务量。",
    parameters: {
      volume: P.volume,
      aht: P.aht,
      patience: P.patience,
      target_sl: P.target_sl,
      answer_time: P.answer_time,
      interval: P.interval,
      max_abandon: "最高放弃率，大于 0 且不大于 1，默认 1（不限制）。",
      shrinkage: P.shrinkage,
    },
  },
  ABANDONRATE: {
    description: "给定人数下未被接起就放弃的咨询占比（Erlang A）。",
    parameters: { agents: P.agents, volume: P.volume, aht: P.aht, patience: P.patience, interval: P.interval },
  },
  SERVICELEVELA: {
    description: "给定人数下的服务水平（Erlang A）：全部咨询中在 answer_time 秒内接起的比例，放弃的咨询算作未接起。",
    parameters: { agents: P.agents, volume: P.volume, aht: P.aht, patience: P.patience, answer_time: P.answer_time, interval: P.interval },
  },
  ASAA: {
    description: "给定人数下的平均应答速度（Erlang A）：全部咨询的平均排队秒数（放弃者按其已等待时长计入）。",
    parameters: { agents: P.agents, volume: P.volume, aht: P.aht, patience: P.patience, interval: P.interval },
  },
  CHATAGENTS: {
    description: "在线咨询所需客服数（并发位模型）：每名客服同时接待 concurrency 个会话即算作同样多的服务台；按 Erlang C 求出所需会话位后除以并发数并向上取整。",
    parameters: {
      volume: "时段内会话量（≥ 0）。",
      aht: "在该并发数下单个会话的处理时长（秒，> 0）。",
      concurrency: "每名客服同时接待的会话数（≥ 1，可填平均值如 2.5）。",
      target_sl: P.target_sl,
      answer_time: P.answer_time,
      interval: P.interval,
      shrinkage: P.shrinkage,
    },
  },
  CHATAGENTSF: {
    description: "在线咨询所需客服数（效率系数模型，经验法则）：并发 K 个会话时效率为单会话的 f(K) 倍，按处理时长 ÷ f(K) 用 Erlang C 计算。默认 f(1..5) = 1、1.7、2.5、2.9、3.5。",
    parameters: {
      volume: "时段内会话量（≥ 0）。",
      aht: "单独处理一个会话的时长（秒，> 0）。",
      concurrency: "每名客服同时接待的会话数（1 到系数个数之间的整数）。",
      target_sl: P.target_sl,
      answer_time: P.answer_time,
      interval: P.interval,
      shrinkage: P.shrinkage,
      factors: "自定义系数 f(1)、f(2)……（单元格区域，每个 > 0），默认 1、1.7、2.5、2.9、3.5。",
    },
  },
  CAPACITYAGENTS: {
    description: "按产能经验公式计算客服数（不考虑排队）：ceil(进线量 × (1 − 自动化率) ÷ (每人每小时接待量 × 时段 ÷ 3600))；损耗率作用于取整前的工作量。",
    parameters: {
      volume: "时段内咨询量（≥ 0）。",
      per_agent_hour: "每名客服每小时最多接待的咨询数（> 0），如 360。",
      interval: P.interval,
      automation_rate: "由机器人、快捷回复等自动化解决的比例，0 到 1，默认 0。",
      shrinkage: P.shrinkage,
    },
  },
  SCHEDULED: {
    description: "考虑损耗后的排班人数：ceil(在线人数 ÷ (1 − 损耗率))，已处理浮点误差（21 ÷ 0.7 得 30 而非 31）。",
    parameters: {
      agents: "需要在线的客服数（≥ 0，可为小数）。",
      shrinkage: "损耗率，0 到 1（不含 1）。",
    },
  },
  FRACTIONALAGENTS: {
    description: "小数客服数（用于多个队列相加）：在 AGENTS 的整数结果 N 与其下一级之间对服务水平线性插值，结果随目标平滑变化、大于话务量、向上取整等于 N。先按队列求和再向上取整。",
    parameters: { volume: P.volume, aht: P.aht, target_sl: P.target_sl, answer_time: P.answer_time, interval: P.interval },
  },
};
