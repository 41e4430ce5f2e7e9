using ContactCenter.Domain.Customers;
using Marten;

namespace ContactCenter.Server.Features.Customers;

public static class CustomersModule
{
    public static void Configure(StoreOptions options)
    {
        // By name: the directory lists and pages in name order, so the database reads only the page.
        options.Schema.For<Customer>().Index(c => c.Email).Index(c => c.Name);
        options.Schema.For<CustomerSchema>();
    }
}
