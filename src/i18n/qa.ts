/**
 * Every user-facing string of the QA scoring templates (质检模板): the default criteria catalogue,
 * the standards / log / summary sheet headings, dropdown values and validation messages.
 */
import { defineStrings } from "./locale";

interface ItemText {
  name: string;
  description: string;
  examples: string;
}

interface CatalogueText {
  sections: { basics: string; knowledge: string; sales: string; process: string };
  criteria: {
    greeting: ItemText;
    responseSpeed: ItemText;
    attitude: ItemText;
    productKnowledge: ItemText;
    promotionRules: ItemText;
    needsDiscovery: ItemText;
    recommendation: ItemText;
    closing: ItemText;
    orderVerification: ItemText;
    returnsProcess: ItemText;
    resolution: ItemText;
    followUp: ItemText;
  };
  redLines: { abuse: ItemText; privacyLeak: ItemText; offPlatform: ItemText; falsePromise: ItemText };
  bonuses: { customerPraise: ItemText; exemplaryCase: ItemText };
}

const EN_CATALOGUE: CatalogueText = {
  sections: {
    basics: "Service basics",
    knowledge: "Professional knowledge",
    sales: "Sales orientation",
    process: "Process compliance",
  },
  criteria: {
    greeting: {
      name: "Greeting & sign-off",
      description: "Greets with the shop's standard greeting and closes with a thank-you or invitation to come back.",
      examples: "Yes: \"Hello, welcome to our shop, I'm Lily…\" / No: answers the question with no greeting.",
    },
    responseSpeed: {
      name: "Response speed",
      description: "3 = first reply ≤ 15 s and every reply ≤ 30 s; 2 = first reply ≤ 30 s; 1 = first reply ≤ 60 s; 0 = slower.",
      examples: "Customer waited 45 s for the first reply → 1.",
    },
    attitude: {
      name: "Attitude & empathy",
      description: "Polite, patient, acknowledges the customer's feelings, no cold or pushy phrases.",
      examples: "5: \"I understand how annoying a late parcel is, let me check right now.\" / 1: \"Read the product page.\"",
    },
    productKnowledge: {
      name: "Product knowledge",
      description: "Answers about size, material, use and care are correct and complete, without guessing.",
      examples: "5: recommends the right size from height/weight; 2: correct but vague; 0: wrong specification.",
    },
    promotionRules: {
      name: "Promotion rules",
      description: "Explains coupons, price protection, gifts and pre-sale deposits correctly. N/A when not asked.",
      examples: "3: explains how the store coupon stacks with the platform discount; 0: promises a discount that does not exist.",
    },
    needsDiscovery: {
      name: "Needs discovery",
      description: "Asks about use, budget and preferences before recommending.",
      examples: "5: \"Is it for daily commuting or sports?\"; 0: sends a link without asking anything.",
    },
    recommendation: {
      name: "Recommendation & add-on",
      description: "Recommends a fitting item or a related add-on (set, accessory). N/A when the customer already decided.",
      examples: "Yes: suggests the matching cleaning kit; No: misses an obvious add-on.",
    },
    closing: {
      name: "Closing & payment prompt",
      description: "Invites the order or reminds an unpaid order politely. N/A when the chat is not about buying.",
      examples: "Yes: \"The gift is only included today, shall I note your order?\"",
    },
    orderVerification: {
      name: "Order & evidence check",
      description: "Verifies the order, the logistics status and the photos/evidence before promising a solution.",
      examples: "Yes: checks the tracking before answering \"where is my parcel\"; No: refunds without checking.",
    },
    returnsProcess: {
      name: "Returns & refunds process",
      description: "Follows the return / exchange / refund process: conditions, deadlines, address, steps. N/A without an after-sale request.",
      examples: "5: explains the 7-day return, sends the address and the steps; 2: misses the deadline; 0: wrong process.",
    },
    resolution: {
      name: "Problem solved",
      description: "3 = solved in this chat; 2 = solved with a clear next step and time; 1 = partly; 0 = not solved.",
      examples: "2: \"The warehouse will reship tomorrow before 18:00, I'll message you the tracking number.\"",
    },
    followUp: {
      name: "Ticket & follow-up",
      description: "Records the case (ticket, notes) and follows up as promised. N/A when nothing is pending.",
      examples: "Yes: ticket created and the customer told when they will hear back.",
    },
  },
  redLines: {
    abuse: {
      name: "Abuse or quarrel",
      description: "Insults, sarcasm, quarrelling with or threatening a customer.",
      examples: "\"Can't you read?\"",
    },
    privacyLeak: {
      name: "Privacy leak",
      description: "Discloses a customer's phone, address or order data to anyone else, or asks for passwords.",
      examples: "Sends another customer's address in the chat.",
    },
    offPlatform: {
      name: "Off-platform trade",
      description: "Leads a customer to pay or chat outside the platform (WeChat, bank transfer).",
      examples: "\"Add my WeChat and pay me directly, it's cheaper.\"",
    },
    falsePromise: {
      name: "False promise",
      description: "Promises what the shop cannot deliver (effects, delivery dates, compensation).",
      examples: "\"This cream removes all wrinkles in 3 days.\"",
    },
  },
  bonuses: {
    customerPraise: {
      name: "Customer praise",
      description: "The customer praises the agent by name in the chat or the review.",
      examples: "\"Lily was super patient, thank you!\"",
    },
    exemplaryCase: {
      name: "Exemplary case",
      description: "A chat good enough to become a training case (saved a cancellation, turned a complaint around).",
      examples: "Customer withdrew a bad review after the agent's solution.",
    },
  },
};

const ZH_CATALOGUE: CatalogueText = {
  sections: { basics: "服务规范", knowledge: "专业能力", sales: "销售导向", process: "流程合规" },
  criteria: {
    greeting: {
      name: "问候与结束语",
      description: "使用店铺标准欢迎语,结束时致谢或邀请再次光临。",
      examples: "是:“您好,欢迎光临,我是客服小丽……” / 否:不问候直接回答问题。",
    },
    responseSpeed: {
      name: "响应速度",
      description: "3 = 首响 ≤ 15 秒且每次回复 ≤ 30 秒;2 = 首响 ≤ 30 秒;1 = 首响 ≤ 60 秒;0 = 更慢。",
      examples: "顾客等待 45 秒才得到首次回复 → 1。",
    },
    attitude: {
      name: "服务态度与同理心",
      description: "礼貌耐心,回应顾客情绪,不使用生硬或催促的话术。",
      examples: "5:“包裹晚到确实让人着急,我马上帮您查。” / 1:“自己看详情页。”",
    },
    productKnowledge: {
      name: "产品知识",
      description: "尺码、材质、使用与保养等回答准确完整,不猜测。",
      examples: "5:根据身高体重推荐合适尺码;2:正确但含糊;0:规格说错。",
    },
    promotionRules: {
      name: "活动规则",
      description: "正确解释优惠券、价保、赠品、预售定金等规则。顾客未问及时为不适用。",
      examples: "3:讲清店铺券与平台满减如何叠加;0:承诺不存在的优惠。",
    },
    needsDiscovery: {
      name: "需求挖掘",
      description: "推荐前询问用途、预算和偏好。",
      examples: "5:“您是日常通勤穿还是运动穿?”;0:不询问直接发链接。",
    },
    recommendation: {
      name: "推荐与关联销售",
      description: "推荐合适商品或关联商品(套装、配件)。顾客已决定购买时为不适用。",
      examples: "是:推荐配套清洁套装;否:错过明显的关联商品。",
    },
    closing: {
      name: "促成下单与催付",
      description: "引导下单或礼貌催付未付款订单。非购买咨询时为不适用。",
      examples: "是:“赠品仅限今天,我帮您备注一下订单好吗?”",
    },
    orderVerification: {
      name: "核实订单与凭证",
      description: "承诺处理方案前先核实订单、物流状态和照片凭证。",
      examples: "是:回答“包裹到哪了”前先查物流;否:未核实直接退款。",
    },
    returnsProcess: {
      name: "退换货与退款流程",
      description: "按退货、换货、退款流程处理:条件、时限、地址、步骤。无售后诉求时为不适用。",
      examples: "5:说明 7 天无理由、发送退货地址和步骤;2:漏说时限;0:流程错误。",
    },
    resolution: {
      name: "问题解决",
      description: "3 = 本次会话解决;2 = 给出明确的下一步和时间;1 = 部分解决;0 = 未解决。",
      examples: "2:“仓库明天 18 点前补发,我会把单号发给您。”",
    },
    followUp: {
      name: "工单与跟进",
      description: "登记工单或备注,并按承诺跟进。没有待办事项时为不适用。",
      examples: "是:已建工单并告知顾客何时回复。",
    },
  },
  redLines: {
    abuse: { name: "辱骂或争吵", description: "辱骂、讽刺、与顾客争吵或威胁顾客。", examples: "“你不识字吗?”" },
    privacyLeak: {
      name: "泄露隐私",
      description: "向他人泄露顾客电话、地址、订单信息,或索要密码。",
      examples: "在会话中发送其他顾客的地址。",
    },
    offPlatform: {
      name: "站外交易",
      description: "引导顾客在平台外付款或联系(微信、银行转账)。",
      examples: "“加我微信直接转账更便宜。”",
    },
    falsePromise: {
      name: "虚假承诺",
      description: "承诺店铺无法兑现的效果、发货时间或赔偿。",
      examples: "“这款面霜三天去掉所有皱纹。”",
    },
  },
  bonuses: {
    customerPraise: {
      name: "顾客表扬",
      description: "顾客在会话或评价中点名表扬该客服。",
      examples: "“小丽特别耐心,谢谢!”",
    },
    exemplaryCase: {
      name: "优秀案例",
      description: "可作为培训案例的会话(挽回退单、扭转投诉)。",
      examples: "顾客在客服给出方案后撤销差评。",
    },
  },
};

export const QA_STRINGS = defineStrings({
  "en-US": {
    catalogue: EN_CATALOGUE,
    channel: { "pre-sale": "Pre-sale", "after-sale": "After-sale" },
    answer: { yes: "Yes", no: "No", na: "N/A" },
    decision: { upheld: "Upheld", partly: "Partly upheld", rejected: "Rejected" },
    escalation: {
      none: "—",
      reminder: "Reminder & case study",
      coachingTalk: "Coaching talk",
      specialPlan: "Special coaching plan / written warning",
    },
    escalationWhen: {
      reminder: "A criterion failed once",
      coachingTalk: "The same criterion failed twice",
      specialPlan: "The same criterion failed 3 times or more, or any red line",
    },
    sheetNames: { standards: "{channel} QA standards", log: "{channel} QA log", summary: "{channel} QA summary" },
    standards: {
      title: "{channel} QA standards — e-commerce chat",
      subtitle: "Co-created with the business team and revised with it: the yellow cells (weights, bonus points) are the live settings the QA log scores with. Weights must sum to 100.",
      ruleHeading: "How a review is scored",
      rules: [
        "1. Each criterion is scored on its scale: points 0–N, or Yes/No (Yes = full marks, No = 0).",
        "2. The criterion is normalised to 0–100 % of its scale: points ÷ maximum points.",
        "3. N/A (only where allowed) leaves the criterion out of both the earned and the possible weight.",
        "4. Review score = 100 × Σ(weight × normalised score) ÷ Σ(weight of the criteria that are not N/A).",
        "5. Bonus items add their points to the review score; the total is capped at 100.",
        "6. Any red-line item fails the whole review: score 0, no bonus.",
        "7. A review is scored once every criterion is answered (a red line scores 0 at once); all N/A → no score.",
        "8. Appeals: upheld or partly upheld → the revised score is the final score; rejected → the review score stands. QA accuracy = 1 − (upheld + partly upheld appeals) ÷ reviews.",
        "9. A criterion is failed when its answer is below the \"Failed when\" mark; repeats of the same criterion escalate (table below).",
        "10. Weights and bonus points are the yellow cells: edit them here when the business agrees new standards, and every score in the QA log follows at once. While the weights do not sum to 100, the log shows \"{marker}\" instead of every review score (red lines included) and the summary counts no review.",
        "11. The scale, the \"Failed when\" mark and \"N/A allowed\" of each criterion are fixed by the generator (the log's dropdowns and the summary's failure counts depend on them): to change them, generate the QA sheets again.",
      ],
      criteriaHeading: "Criteria",
      columns: {
        section: "Section",
        criterion: "Criterion",
        weight: "Weight",
        scale: "Scale",
        failedWhen: "Failed when",
        naAllowed: "N/A allowed",
        description: "Description",
        examples: "Examples",
      },
      scalePoints: "0–{max} points",
      scaleYesNo: "Yes / No",
      failedBelow: "below {points}",
      failedNo: "No",
      total: "Total (must be 100)",
      weightsWarning: "The weights do not sum to 100: the QA log shows \"{marker}\" instead of scores until they do.",
      weightError: "Enter a weight from 0.1 to 100; all weights must sum to 100.",
      bonusError: "Enter whole bonus points from 1 to 100.",
      redLineHeading: "Red lines — any one fails the whole review (score 0)",
      bonusHeading: "Bonus items — points added, total capped at 100",
      bonusPoints: "+{points}",
      item: "Item",
      points: "Points",
      escalationHeading: "Escalation ladder for repeated failures (per agent, within the log)",
      step: "Step",
      when: "When",
      action: "Action",
    },
    log: {
      title: "{channel} QA log",
      subtitle: "One row per reviewed chat. Yellow cells are inputs; the score fills in once every criterion is answered.",
      date: "Date",
      agent: "Agent",
      reviewer: "Reviewer",
      conversation: "Conversation ID",
      redLine: "Red line",
      bonus: "Bonus: {name}",
      score: "Review score",
      redLineFlag: "Red-line flag",
      comment: "Comment",
      appealed: "Appealed",
      appealReason: "Appeal reason",
      decision: "Appeal decision",
      revisedScore: "Revised score",
      finalScore: "Final score",
      redLineFlagFormat: "RED LINE",
      weightsMarker: "WEIGHTS≠100",
      weightRow: "Weight (from standards)",
      dateError: "Enter a date between 2000-01-01 and 2099-12-31.",
      listError: "Pick a value from the list.",
      scoreError: "Enter a score from 0 to 100.",
      errorTitle: "Invalid entry",
      criterionPrompt: "{name}: {scale}",
    },
    summary: {
      title: "{channel} QA summary",
      subtitle: "Counts use the reviews in the QA log that have a score. Edit the agent and reviewer lists here; the log's dropdowns read them.",
      weightsWarning: "The weights on the standards sheet do not sum to 100: no review is scored or counted until they do.",
      byAgent: "By agent",
      byReviewer: "By reviewer",
      agent: "Agent",
      reviews: "Reviews",
      average: "Average final score",
      redLines: "Red lines",
      repeatedCriteria: "Criteria failed ≥ 2×",
      worstRepeat: "Most failures of one criterion",
      escalation: "Escalation step",
      appeals: "Appeals",
      appealRate: "Appeal rate",
      upheld: "Appeals upheld",
      failuresOf: "Failed: {name}",
      reviewer: "Reviewer",
      accuracy: "QA accuracy",
    },
    errors: {
      noCriteria: "The QA catalogue has no criteria.",
      weightSum: "The criteria weights add up to {sum}, not 100.",
      badWeight: "Criterion \"{id}\": the weight must be a number greater than 0.",
      duplicateId: "The id \"{id}\" is used twice in the QA catalogue.",
      unknownSection: "Criterion \"{id}\" names the section \"{section}\", which the catalogue does not have.",
      badScale: "Criterion \"{id}\": a points scale needs a whole maximum from 1 to 10.",
      badFailBelow: "Criterion \"{id}\": \"failed below\" must be a whole number from 1 to {max}.",
      badBonus: "Bonus item \"{id}\": the points must be a whole number from 1 to 100.",
      missingName: "Item \"{id}\" needs a name in both languages (no commas, at most 40 characters).",
      unknownCriterion: "The review answers a criterion \"{id}\" that the catalogue does not have.",
      badPoints: "Criterion \"{id}\": the answer must be a whole number from 0 to {max}{na}.",
      badYesNo: "Criterion \"{id}\": the answer must be Yes or No{na}.",
      naNotAllowed: "Criterion \"{id}\" does not allow N/A.",
      unknownRedLine: "The review names a red line \"{id}\" that the catalogue does not have.",
      unknownBonus: "The review names a bonus item \"{id}\" that the catalogue does not have.",
      badRevisedScore: "The revised score must be a number from 0 to 100.",
      orNa: " or N/A",
      badRows: "The QA log needs a whole number of rows from 1 to 5000.",
      noAgents: "The QA summary needs at least one agent name.",
      badAgentName: "Agent and reviewer names must be non-empty and unique: \"{name}\".",
    },
  },
  "zh-CN": {
    catalogue: ZH_CATALOGUE,
    channel: { "pre-sale": "售前", "after-sale": "售后" },
    answer: { yes: "是", no: "否", na: "不适用" },
    decision: { upheld: "申诉成立", partly: "部分成立", rejected: "驳回" },
    escalation: {
      none: "—",
      reminder: "提醒并学习案例",
      coachingTalk: "辅导面谈",
      specialPlan: "特别辅导计划 / 书面警告",
    },
    escalationWhen: {
      reminder: "某项标准不合格 1 次",
      coachingTalk: "同一标准不合格 2 次",
      specialPlan: "同一标准不合格 3 次及以上,或触犯任一红线",
    },
    sheetNames: { standards: "{channel}质检标准", log: "{channel}质检记录", summary: "{channel}质检汇总" },
    standards: {
      title: "{channel}质检标准 — 电商在线客服",
      subtitle: "与业务端共创并共同修订:黄色单元格(权重、加分分值)就是质检记录计分所用的设置。权重合计必须为 100。",
      ruleHeading: "质检评分规则",
      rules: [
        "1. 每项标准按其量表打分:0–N 分,或 是/否(是 = 满分,否 = 0)。",
        "2. 每项得分归一化为其量表的 0–100 %:得分 ÷ 满分。",
        "3. “不适用”(仅限允许的项目)同时从得分权重和可得权重中剔除。",
        "4. 质检分 = 100 × Σ(权重 × 归一化得分)÷ Σ(非“不适用”项目的权重)。",
        "5. 加分项的分值加到质检分上,总分最高 100。",
        "6. 触犯任一红线,整条质检不合格:0 分,不加分。",
        "7. 所有标准都填写后才计分(触犯红线直接 0 分);全部“不适用”则不计分。",
        "8. 申诉:成立或部分成立 → 以复核分为最终得分;驳回 → 维持质检分。质检准确率 = 1 −(成立 + 部分成立的申诉)÷ 质检条数。",
        "9. 得分低于“不合格标准”即为该项不合格;同一标准重复不合格按下表升级处理。",
        "10. 权重和加分分值为黄色单元格:与业务端商定新标准后直接在此修改,质检记录中的所有得分随之更新。权重合计不为 100 时,质检记录的质检分(含红线)一律显示“{marker}”,汇总表不统计任何会话。",
        "11. 各项标准的量表、“不合格标准”和“允许不适用”由生成器固定(质检记录的下拉列表和汇总的不合格统计依赖它们);如需修改,请重新生成质检表。",
      ],
      criteriaHeading: "质检标准",
      columns: {
        section: "板块",
        criterion: "标准",
        weight: "权重",
        scale: "量表",
        failedWhen: "不合格标准",
        naAllowed: "允许不适用",
        description: "说明",
        examples: "示例",
      },
      scalePoints: "0–{max} 分",
      scaleYesNo: "是 / 否",
      failedBelow: "低于 {points} 分",
      failedNo: "否",
      total: "合计(必须为 100)",
      weightsWarning: "权重合计不为 100:在改正之前,质检记录的质检分显示“{marker}”。",
      weightError: "请输入 0.1 到 100 之间的权重;所有权重合计必须为 100。",
      bonusError: "请输入 1 到 100 之间的整数分值。",
      redLineHeading: "红线 — 触犯任一项,整条质检 0 分",
      bonusHeading: "加分项 — 分值直接相加,总分最高 100",
      bonusPoints: "+{points}",
      item: "项目",
      points: "分值",
      escalationHeading: "重复问题升级机制(按客服,统计质检记录内)",
      step: "级别",
      when: "触发条件",
      action: "处理方式",
    },
    log: {
      title: "{channel}质检记录",
      subtitle: "每行记录一个被抽检的会话。黄色单元格为填写项;所有标准填写后自动计分。",
      date: "日期",
      agent: "客服",
      reviewer: "质检员",
      conversation: "会话编号",
      redLine: "红线",
      bonus: "加分:{name}",
      score: "质检分",
      redLineFlag: "红线标记",
      comment: "备注",
      appealed: "是否申诉",
      appealReason: "申诉理由",
      decision: "申诉结果",
      revisedScore: "复核分",
      finalScore: "最终得分",
      redLineFlagFormat: "红线",
      weightsMarker: "权重≠100",
      weightRow: "权重(取自质检标准)",
      dateError: "请输入 2000-01-01 至 2099-12-31 之间的日期。",
      listError: "请从下拉列表中选择。",
      scoreError: "请输入 0 到 100 之间的分数。",
      errorTitle: "输入无效",
      criterionPrompt: "{name}:{scale}",
    },
    summary: {
      title: "{channel}质检汇总",
      subtitle: "统计质检记录中已计分的会话。客服和质检员名单在此维护,质检记录的下拉列表读取这里。",
      weightsWarning: "质检标准中的权重合计不为 100:在改正之前,不计分也不统计任何会话。",
      byAgent: "按客服",
      byReviewer: "按质检员",
      agent: "客服",
      reviews: "质检条数",
      average: "平均最终得分",
      redLines: "红线次数",
      repeatedCriteria: "重复不合格(≥2 次)项数",
      worstRepeat: "单项最多不合格次数",
      escalation: "升级处理",
      appeals: "申诉次数",
      appealRate: "申诉率",
      upheld: "申诉成立",
      failuresOf: "不合格:{name}",
      reviewer: "质检员",
      accuracy: "质检准确率",
    },
    errors: {
      noCriteria: "质检标准中没有任何评分项。",
      weightSum: "评分项权重合计为 {sum},不是 100。",
      badWeight: "评分项“{id}”:权重必须是大于 0 的数字。",
      duplicateId: "编号“{id}”在质检标准中重复使用。",
      unknownSection: "评分项“{id}”所属板块“{section}”不存在。",
      badScale: "评分项“{id}”:分值量表的满分必须是 1 到 10 的整数。",
      badFailBelow: "评分项“{id}”:“不合格线”必须是 1 到 {max} 的整数。",
      badBonus: "加分项“{id}”:分值必须是 1 到 100 的整数。",
      missingName: "项目“{id}”需要中英文名称(不含逗号,最多 40 个字符)。",
      unknownCriterion: "质检答案包含不存在的评分项“{id}”。",
      badPoints: "评分项“{id}”:答案必须是 0 到 {max} 的整数{na}。",
      badYesNo: "评分项“{id}”:答案必须是“是”或“否”{na}。",
      naNotAllowed: "评分项“{id}”不允许选择“不适用”。",
      unknownRedLine: "质检答案包含不存在的红线“{id}”。",
      unknownBonus: "质检答案包含不存在的加分项“{id}”。",
      badRevisedScore: "复核分必须是 0 到 100 之间的数字。",
      orNa: "或“不适用”",
      badRows: "质检记录行数必须是 1 到 5000 的整数。",
      noAgents: "质检汇总至少需要一名客服。",
      badAgentName: "客服和质检员姓名不能为空且不能重复:“{name}”。",
    },
  },
});

export type QaStrings = (typeof QA_STRINGS)["en-US"];
