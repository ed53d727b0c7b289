package org.dpsupport.server.interfaces.web;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.component.UIViewParameter;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewMetadata;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * A form posts back to its page's address with the page's view parameters ({@code ?id=42}), so a
 * page shown again with errors keeps its address: reloading it, bookmarking it or sending it again
 * still finds the record. (Faces' own form address drops them.) Registered in faces-config.xml.
 */
public class ViewParamsInFormAddress extends ViewHandlerWrapper {

  public ViewParamsInFormAddress(ViewHandler wrapped) {
    super(wrapped);
  }

  @Override
  public String getActionURL(FacesContext context, String viewId) {
    String url = super.getActionURL(context, viewId);
    var root = context.getViewRoot();
    if (root == null || !viewId.equals(root.getViewId()) || url.contains("?")) {
      return url;
    }
    StringBuilder query = new StringBuilder();
    for (UIViewParameter p : ViewMetadata.getViewParameters(root)) {
      String value = p.getStringValue(context);
      if (value != null && !value.isEmpty() && p.getName() != null) {
        query.append(query.isEmpty() ? '?' : '&');
        query.append(URLEncoder.encode(p.getName(), StandardCharsets.UTF_8));
        query.append('=');
        query.append(URLEncoder.encode(value, StandardCharsets.UTF_8));
      }
    }
    return url + query;
  }
}
