/** The React panel of each generator (`src/sheets/generators.ts`): a missing one is a compile error. */
import type { ComponentType } from "react";
import type { PanelId } from "../../commands/panel-request";
import { CoachingPanel } from "./CoachingPanel";
import { ForecastPanel } from "./ForecastPanel";
import { PayoutsPanel } from "./PayoutsPanel";
import { PeakPanel } from "./PeakPanel";
import { QaPanel } from "./QaPanel";
import { ReviewPanel } from "./ReviewPanel";
import { RosterPanel } from "./RosterPanel";
import { StaffingPanel } from "./StaffingPanel";
import { TrainingPanel } from "./TrainingPanel";

export const PANELS: Readonly<Record<PanelId, ComponentType>> = {
  peak: PeakPanel,
  review: ReviewPanel,
  staffing: StaffingPanel,
  roster: RosterPanel,
  qa: QaPanel,
  coaching: CoachingPanel,
  payouts: PayoutsPanel,
  forecast: ForecastPanel,
  training: TrainingPanel,
};
