import { launchPaneBrowser } from "./browser";
import { serveDirectory } from "./static-server";
(async () => {
  const server = await serveDirectory("/work/wt-pane/dist");
  const b = await launchPaneBrowser("en-US");
  for (let i = 0; i < 2; i++) {
    const page = await b.context.newPage();
    page.on("console", (m) => console.log("console:", m.text()));
    await page.goto(`${server.url}/taskpane.html`);
    await page.getByTestId("preview-banner").waitFor({ timeout: 30000 });
    await page.getByRole("tab", { name: "Roster" }).click();
    await page.waitForTimeout(1500);
    const region = page.locator("#panel-roster");
    const t0 = Date.now();
    await region.getByTestId("create").click();
    await region.getByText(/improving|Finding/).first().waitFor({ timeout: 60000 }).catch(() => {});
    const t1 = Date.now();
    await region.getByTestId("created-sheets").waitFor({ timeout: 60000 });
    const t2 = Date.now();
    console.log(`run ${i}: progress visible ${t1 - t0} ms, result ${t2 - t0} ms`);
    await page.close();
  }
  await b.close();
  await server.close();
})();
