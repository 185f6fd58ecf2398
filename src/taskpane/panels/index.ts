/** The panel shown for each tab / ribbon button. */
import type { ComponentType } from "react";
import type { PanelId } from "../../commands/panel-request";
import { PayoutsPanel } from "./PayoutsPanel";
import { QaPanel } from "./QaPanel";
import { StaffingPanel } from "./StaffingPanel";

export const PANELS: Readonly<Record<PanelId, ComponentType>> = {
  staffing: StaffingPanel,
  roster: StaffingPanel,
  qa: QaPanel,
  coaching: StaffingPanel,
  payouts: PayoutsPanel,
};
