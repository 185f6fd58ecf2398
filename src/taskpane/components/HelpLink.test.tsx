/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { fireEvent, render, screen } from "@testing-library/react";
import { App } from "../App";
import { previewHost } from "../test-support/render-pane";

describe("the pane's help link", () => {
  it("opens help.html in the pane's language, in a new window, and follows a language switch", () => {
    render(
      <FluentProvider theme={webLightTheme}>
        <App host={previewHost("zh-CN")} />
      </FluentProvider>,
    );
    const zh = screen.getByRole("link", { name: "帮助" });
    expect([zh.getAttribute("href"), zh.getAttribute("target")]).toEqual(["help.html?lang=zh-CN", "_blank"]);
    fireEvent.change(screen.getByTestId("language"), { target: { value: "en-US" } });
    expect(screen.getByRole("link", { name: "Help" }).getAttribute("href")).toBe("help.html?lang=en-US");
  });
});
