package org.example.shop;

import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

@WebServlet("/orders/lookup")
public class OrderLookupServlet extends HttpServlet {
    private final DataSourceHolder data = new DataSourceHolder();

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        String customer = request.getParameter("customer");
        String sql = "SELECT id, total FROM orders WHERE customer_name = '" + customer + "'";
        try (Connection c = data.get().getConnection(); Statement st = c.createStatement()) {
            ResultSet rs = st.executeQuery(sql);
            StringBuilder out = new StringBuilder();
            while (rs.next()) {
                out.append(rs.getLong("id")).append(',').append(rs.getBigDecimal("total")).append('\n');
            }
            response.setContentType("text/plain");
            response.getWriter().print(out);
        } catch (SQLException e) {
            throw new ServletException("order lookup failed", e);
        }
    }
}
