using ContactCenter.Domain.Customers;
using Marten;

namespace ContactCenter.Server.Features.Customers;

public static class CustomersModule
{
    public static void Configure(StoreOptions options)
    {
        options.Schema.For<Customer>().Index(c => c.Email);
        options.Schema.For<CustomerSchema>();
    }
}
